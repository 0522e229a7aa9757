// Replacing one ASCII byte with another copies the bytes into a buffer of exactly the text's length; an empty text allocates nothing.
let a = "a,b,c".replace(',', ";");
println!("{} {} {}", a, a.len(), a.capacity());
let b = "".replace("x", "y");
println!("{:?} {}", b, b.capacity());
// expect: a;b;c 5 5
// expect: "" 0
