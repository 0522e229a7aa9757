// `v[1] = *first` evaluates `*first` before IndexMut borrows v, so a shared borrow used only there is no conflict; `+=` on numbers too.
fn main() {
    let mut v = vec![1, 2, 3];
    let first = &v[0];
    v[1] = *first;
    let first = &v[0];
    v[2] += *first;
    let mut names = vec![String::from("a"), String::from("b")];
    let second = &names[1];
    names[0] = second.to_uppercase();
    println!("{:?} {:?}", v, names);
}
// expect: [1, 1, 4] ["B", "b"]
