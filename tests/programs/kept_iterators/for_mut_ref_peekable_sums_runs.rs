// A peekable kept across two loops: the first stops when the next item would be negative, the second takes what is left.
fn main() {
    let v = vec![3, 4, -1, 5, 6];
    let mut it = v.iter().peekable();
    let mut sum = 0;
    while let Some(x) = it.next_if(|x| **x >= 0) {
        sum += x;
    }
    println!("{} {:?}", sum, it.peek());
    for x in &mut it {
        print!("{} ", x);
    }
    println!();
    println!("{:?}", it.next());
}
// expect: 7 Some(-1)
// expect: -1 5 6 
// expect: None
