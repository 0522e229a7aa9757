// rfind and rsplit search from the right, so overlapping matches fall differently than find's: "aaa".rfind("aa") is 1.
println!("{:?} {:?}", "aaa".find("aa"), "aaa".rfind("aa"));
for p in "aaa".rsplit("aa") { print!("[{}]", p); }
println!();
println!("{:?}", "a-b-c".rsplit_once('-'));
// expect: Some(0) Some(1)
// expect: [][a]
// expect: Some(("a-b", "c"))
