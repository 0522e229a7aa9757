// The accepted twin of extend_from_own_iter_e0502: the iterator borrows a clone (a temporary living to the statement's end) or another Vec, not v.
fn main() {
    let mut v: Vec<u32> = vec![1, 2];
    v.extend(v.clone().iter());
    let w = v.clone();
    v.extend(w.iter().map(|x| x * 10));
    let n = v.iter().filter(|x| **x > 1).count();
    v.truncate(n);
    println!("{:?}", v);
}
// expect: [1, 2, 1, 2, 10, 20]
