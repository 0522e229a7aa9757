// std's trait methods called by the trait's path on std's types: `Clone::clone(&s)`, `ToString::to_string(&5)`, `Ord::cmp`, `PartialOrd::partial_cmp`, `Into::into`, each as the method call.
fn main() {
    let s = String::from("hi");
    let t = Clone::clone(&s);
    let v = vec![1, 2, 3];
    let w = Clone::clone(&v);
    let n = 7;
    let m = Clone::clone(&n);
    println!("{} {} {:?} {:?} {} {}", s, t, v, w, n, m);
    let text = ToString::to_string(&42);
    let c = Ord::cmp(&3, &4);
    let p = PartialOrd::partial_cmp(&2.5, &1.0);
    let owned: String = Into::into("into");
    println!("{} {:?} {:?} {}", text, c, p, owned);
}
// expect: hi hi [1, 2, 3] [1, 2, 3] 7 7
// expect: 42 Less Some(Greater) into
