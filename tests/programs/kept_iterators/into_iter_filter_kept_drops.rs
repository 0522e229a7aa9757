// A kept `v.into_iter().filter(..)` owns the Vec's buffer: rejected Strings are dropped as they are passed over, the rest when it is dropped.
fn main() {
    let v = vec![String::from("a"), String::from("bb"), String::from("ccc"), String::from("dd")];
    let mut two = v.into_iter().filter(|s| s.len() == 2);
    println!("{:?}", two.next());
    println!("{:?}", two);
    drop(two);
    println!("done");
}
// expect: Some("bb")
// expect: Filter { iter: IntoIter(["ccc", "dd"]) }
// expect: done
