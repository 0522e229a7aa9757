// `let r = &String::from("kept");` stopped with an internal error (unmapped memory): the String was freed at the end of the statement; Rust extends it to the end of the block.
let r = &String::from("kept");
println!("{}", r);
println!("{}", r.len());
// expect: kept
// expect: 4
