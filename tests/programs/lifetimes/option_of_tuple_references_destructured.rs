// `if let Some((x, _)) = o` binds the first reference of an Option of a pair: the second one's borrow ends with `o`.
let a = String::from("a");
let mut b = String::from("b");
let o = Some((&a, &b));
if let Some((x, _)) = o {
    b.push('+');
    println!("{} {}", x, b);
}
// expect: a b+
