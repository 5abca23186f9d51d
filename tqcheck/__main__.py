from tqcheck.cli import main

if __name__ == "__main__":  # not when a spawned --jobs process imports it as __mp_main__
    main()
