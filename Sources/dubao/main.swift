Dubao.main()
