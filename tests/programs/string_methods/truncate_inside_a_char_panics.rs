// truncate to a byte inside a char fails std's assertion at the call.
let mut s = String::from("né!");
s.truncate(3);
println!("{} {}", s, s.capacity());
s.truncate(2);
// expect: né 4
// panic: assertion failed: self.is_char_boundary(new_len)
// panic-at: 5:3
