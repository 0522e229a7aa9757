// A `match` on a temporary tuple as main's last expression: the arm moves `x` out, and the String left in the temporary is freed after main's variables, as rustc drops a tail expression's temporaries.
fn main() {
    let y = String::from("ccc");
    println!("{}", y);
    match (String::from("a"), String::from("bb")) {
        (x, _) => println!("{}", x),
    }
}
// expect: ccc
// expect: a
