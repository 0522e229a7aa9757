// `o?.len()` with o: Option<&String> returns None when o is None, before the method's receiver is dereferenced.
fn length(o: Option<&String>) -> Option<usize> {
    Some(o?.len())
}
fn main() {
    let s = String::from("abc");
    println!("{:?} {:?}", length(Some(&s)), length(None));
}
// expect: Some(3) None
