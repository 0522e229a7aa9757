// A closure returning a char's `to_uppercase()` iterator (`flat_map(|c| c.to_uppercase())`) is not supported yet: it is an iterator passed as a value.
let up: String = "straße".chars().flat_map(|c| c.to_uppercase()).collect();
println!("{} {}", up, up.len());
// expect: STRASSE 7
// unsupported: the iterator `to_uppercase` makes here, passed, returned or stored as a value, is not supported yet at 2:48
