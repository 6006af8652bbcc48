# sna_golden.R: the R sna reference values for one golden set.
#
#   Rscript testdata/golden/sna_golden.R <set folder> <directed: 0|1> [attribute ...]
#
# Called by make_golden.py for every set (run that, not this). Reads the set's
# people.csv and ties.csv and prints one value a line, tab-separated, numbers
# with 17 significant digits (they read back as the same doubles):
#
#   betweenness_raw <row> <value>   sna::betweenness(U, gmode="graph"), every set
#   gden <value>                    directed sets: sna::gden(D)
#   grecip <measure> <value>        sna::grecip(D, measure=...) for the four measures
#   dyad_census <Mut> <Asym> <Null> sna::dyad.census(D)
#   brokerage <attr> <row> <w_I> <w_O> <b_IO> <b_OI> <b_O> <t>
#                                   sna::brokerage(D, cl)$raw.nli for each
#                                   attribute named on the command line that has
#                                   no missing value (sna would make "missing" a
#                                   group of its own)
#   brokerage_gli <attr> <w_I> ... <t>   the same, $raw.gli
#
# <row> is the person's 1-based row in people.csv. Weights are ignored: every
# matrix here is binary (an arc s -> t, or an edge of U when s -> t or t -> s).
suppressPackageStartupMessages({
  library(network)
  library(sna)
})

args <- commandArgs(trailingOnly = TRUE)
dir <- args[1]
directed <- args[2] == "1"
attrs <- if (length(args) > 2) args[3:length(args)] else character(0)

num <- function(x) sprintf("%.17g", x)

people <- read.csv(file.path(dir, "people.csv"), colClasses = "character",
                   na.strings = character(0), check.names = FALSE,
                   encoding = "UTF-8")
n <- nrow(people)
ties <- read.csv(file.path(dir, "ties.csv"), colClasses = "character",
                 na.strings = character(0), check.names = FALSE,
                 encoding = "UTF-8")
src <- match(ties$source, people$id)
dst <- match(ties$target, people$id)
stopifnot(!anyNA(src), !anyNA(dst))

D <- matrix(0, n, n)
D[cbind(src, dst)] <- 1
diag(D) <- 0
U <- ((D + t(D)) > 0) * 1

b <- betweenness(U, gmode = "graph")
out <- function(...) cat(paste(..., sep = "\t"), "\n", sep = "")
for (i in seq_len(n)) out("betweenness_raw", i, num(b[i]))

if (directed) {
  out("gden", num(gden(D)))
  for (m in c("dyadic", "dyadic.nonnull", "edgewise", "edgewise.lrr")) {
    out("grecip", m, num(grecip(D, measure = m)))
  }
  dc <- dyad.census(D)
  out("dyad_census", num(dc[1, "Mut"]), num(dc[1, "Asym"]), num(dc[1, "Null"]))
  for (a in attrs) {
    cl <- people[[a]]
    if (any(cl == "")) next
    br <- brokerage(D, cl)
    for (i in seq_len(n)) {
      out("brokerage", a, i, paste(num(br$raw.nli[i, ]), collapse = "\t"))
    }
    out("brokerage_gli", a, paste(num(br$raw.gli), collapse = "\t"))
  }
}
