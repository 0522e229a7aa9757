// rfind, rposition and nth_back walk a slice's iterator from the back; rposition's index counts from the front.
fn main() {
    let v = vec![3, 8, 1, 9, 4];
    println!("{:?}", v.iter().rfind(|&&x| x > 5));
    println!("{:?}", v.iter().rposition(|&x| x < 4));
    println!("{:?}", v.iter().nth_back(1));
    println!("{:?}", v.iter().nth_back(9));
    println!("{:?}", "hello".chars().rfind(|c| "aeiou".contains(*c)));
    println!("{:?}", (1..10).rfind(|x| x % 4 == 0));
    println!("{:?}", v.iter().map(|x| x * 2).rposition(|x| x == 16));
}
// expect: Some(9)
// expect: Some(2)
// expect: Some(9)
// expect: None
// expect: Some('o')
// expect: Some(8)
// expect: Some(1)
