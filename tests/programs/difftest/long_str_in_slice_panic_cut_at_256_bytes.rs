// Regression (difftest): a slicing panic names at most the str's first 256 bytes, cut back to a char boundary, then `[...]`, as std's slice_error_fail_rt writes it.
let mut s = "a".repeat(255);
s.push('é');
s.push_str("tail");
let end: usize = "3".parse().unwrap();
let t = &s[5..end];
println!("{}", t);
// panic: begin > end (5 > 3) when slicing `aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa`[...]
// panic-at: 6:11
