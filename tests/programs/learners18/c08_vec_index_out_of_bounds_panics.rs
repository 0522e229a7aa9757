// Indexing past the end panics; get returns None.
fn main() {
    let v = vec![1, 2, 3, 4, 5];
    let does_not_exist = v.get(100);
    println!("{:?}", does_not_exist);
    let third: &i32 = &v[2];
    println!("third {third}");
    let oops = &v[100];
    println!("{oops}");
}
// expect: None
// expect: third 3
// panic: index out of bounds: the len is 5 but the index is 100
// panic-at: 8:18
