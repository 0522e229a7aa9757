// A `for` loop over `&mut it` advances the kept iterator in place: after a `break`, `it` goes on from where the loop stopped.
fn main() {
    let v = vec![1, 2, 3, 4, 5];
    let mut it = v.iter();
    for x in &mut it {
        if *x == 2 {
            break;
        }
    }
    println!("{:?}", it.next());
    let rest: Vec<&i32> = it.collect();
    println!("{:?}", rest);
}
// expect: Some(3)
// expect: [4, 5]
