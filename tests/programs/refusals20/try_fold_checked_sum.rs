// Iterator::try_fold with checked_add: Some(total) when no step overflows, None from the first overflow on, the items after it never added.
fn main() {
    let small: Vec<u8> = vec![10, 20, 30];
    let big: Vec<u8> = vec![100, 100, 100, 1];
    let a = small.iter().try_fold(0u8, |acc, &x| acc.checked_add(x));
    let b = big.iter().try_fold(0u8, |acc, &x| acc.checked_add(x));
    println!("{:?} {:?}", a, b);
}
// expect: Some(60) None
