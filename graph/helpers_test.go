package graph_test

import "strconv"

func strconvItoa(id int) string { return strconv.Itoa(id) }
