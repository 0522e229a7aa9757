// A function takes `&mut std::slice::Iter<i32>` and advances it: the caller's iterator goes on after the call.
fn skip_small(it: &mut std::slice::Iter<i32>) -> Option<i32> {
    for x in it {
        if *x >= 10 {
            return Some(*x);
        }
    }
    None
}

fn main() {
    let v = vec![1, 12, 3, 40, 5];
    let mut it = v.iter();
    println!("{:?}", skip_small(&mut it));
    println!("{:?}", it.next());
}
// expect: Some(12)
// expect: Some(3)
