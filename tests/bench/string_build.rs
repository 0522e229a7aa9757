// Builds a String by 1,000 appends.
let mut s = String::new();
let mut i = 0;
while i < 1_000 {
    s.push_str("x");
    i += 1;
}
println!("{}", s.len());
