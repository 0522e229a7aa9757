// A block whose tail is one element of a tuple of references hands on only that element's borrow.
let a = String::from("a");
let mut b = String::from("b");
let x = {
    let t = (&a, &b);
    t.0
};
b.push('!');
println!("{} {}", x, b);
// expect: a b!
