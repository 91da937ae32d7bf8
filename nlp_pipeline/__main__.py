from nlp_pipeline.cli import main

main()
