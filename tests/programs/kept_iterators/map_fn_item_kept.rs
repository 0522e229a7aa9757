// A function named as a value is Map's closure: the kept Map is as big as its iterator, the function adding nothing.
fn double(x: &i32) -> i32 {
    x * 2
}

fn main() {
    let v = vec![4, 5];
    let mut it = v.iter().map(double);
    println!("{}", std::mem::size_of_val(&it));
    println!("{:?} {:?} {:?}", it.next(), it.next(), it.next());
}
// expect: 16
// expect: Some(8) Some(10) None
