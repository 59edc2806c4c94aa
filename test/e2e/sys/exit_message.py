# sys.exit("text") prints the text to stderr and exits with status 1.
import sys
sys.stdout.write("partial output\n")
sys.exit("error: something went wrong")
