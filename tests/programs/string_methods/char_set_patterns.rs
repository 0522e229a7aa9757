// An array or slice of chars is a pattern matching any one of them.
let s = "hello, world!";
println!("{:?}", s.find(['o', 'w']));
println!("{}", s.trim_matches(&['h', '!'][..]));
for p in s.split(&[',', ' ']) { print!("[{}]", p); }
println!();
println!("{}", s.replace(['l', 'o'], "_"));
// expect: Some(4)
// expect: ello, world
// expect: [hello][][world!]
// expect: he___, w_r_d!
