DubaoBench.main()
