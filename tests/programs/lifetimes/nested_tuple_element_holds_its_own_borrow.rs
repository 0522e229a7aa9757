// A reference taken out of a nested tuple of references holds only its own borrow.
let a = String::from("a");
let mut b = String::from("b");
let c = String::from("c");
let t = (&a, (&b, &c));
let z = (t.1).1;
b.push('?');
println!("{} {}", z, b);
// expect: c b?
