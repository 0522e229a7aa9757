// A `match` on a tuple of references whose arm hands on the first one keeps only that borrow.
let a = String::from("a");
let b = String::from("b");
let x = match (&a, &b) {
    (x, _) => x,
};
drop(b);
println!("{}", x);
// expect: a
