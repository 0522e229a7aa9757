// `ref` bindings of one name in two alternatives borrow one field or the other, never both: the fields stay usable afterwards.
fn main() {
    let mut t = (false, (String::from("left"), String::from("right")));
    match t {
        (true, (ref mut s, _)) | (false, (_, ref mut s)) => s.push('!'),
    }
    t.1 .0.push('?');
    println!("{:?}", t);
}
// expect: (false, ("left?", "right!"))
