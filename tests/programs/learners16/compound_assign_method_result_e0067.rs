// `v.len() += 1` assigns to a value that is no place: E0067 for a compound assignment (E0070 is plain `=`'s).
fn main() {
    let v = vec![1, 2];
    v.len() += 1;
    println!("{:?}", v);
}
// error: E0067 at 4:13
