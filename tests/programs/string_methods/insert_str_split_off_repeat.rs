// insert_str grows like push_str, split_off moves the tail to a String of exactly its length, repeat allocates exactly len * n.
let mut s = String::from("held");
s.insert_str(2, "llo wor");
println!("{} {} {}", s, s.len(), s.capacity());
let tail = s.split_off(5);
println!("{:?} {} {:?} {}", s, s.capacity(), tail, tail.capacity());
let r = "ab".repeat(3);
println!("{} {}", r, r.capacity());
// expect: hello world 11 11
// expect: "hello" 11 " world" 6
// expect: ababab 6
