// replacen starts from a String of capacity 32, whatever it holds, and replaces at most n matches.
let s = "a.b.c.d".replacen('.', "::", 2);
println!("{} {}", s, s.capacity());
let e = "".replacen("x", "y", 1);
println!("{:?} {}", e, e.capacity());
// expect: a::b::c.d 32
// expect: "" 32
