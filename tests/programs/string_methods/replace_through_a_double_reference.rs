// A &&str pattern finds the same text, but std cannot see it up front, so replace starts from an empty String.
let pat = "a";
let s = "abc".replace(&pat, "-");
println!("{} {}", s, s.capacity());
// expect: -bc 8
