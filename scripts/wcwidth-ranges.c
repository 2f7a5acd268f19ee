#define _XOPEN_SOURCE 700
#include <wchar.h>
#include <locale.h>
#include <stdio.h>
int main(){ setlocale(LC_ALL,"C.UTF-8");
 int prev=-5, start=0; 
 for (int c=0; c<=0x110000; c++){ int w = c<0x110000 ? wcwidth(c) : -9; if (c>=0xD800&&c<=0xDFFF) w=-1;
   if (w!=prev){ if (c>0 && (prev==0||prev==2)) printf("%d %X %X\n", prev, start, c-1); prev=w; start=c; } }
}
