// lines ends a line at "\n" or "\r\n" and makes no empty line after a final newline; char_indices gives each char with its byte offset.
for line in "one\r\ntwo\n\nthree\r".lines() { println!("{:?}", line); }
for (i, c) in "añb".char_indices() { print!("{}{} ", i, c); }
println!();
// expect: "one"
// expect: "two"
// expect: ""
// expect: "three\r"
// expect: 0a 1ñ 3b 
