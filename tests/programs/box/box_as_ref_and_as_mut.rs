// A Box's own as_mut and as_ref give a reference to what it holds (&mut i32, &String), before the number's or String's methods, as rustc finds them.
fn main() {
    let mut b = Box::new(5);
    let r = b.as_mut();
    *r += 1;
    println!("{}", b);
    let shapes: Vec<Box<String>> = vec![Box::new(String::from("ab")), Box::new(String::from("c"))];
    let lens: Vec<usize> = shapes.iter().map(|s| s.as_ref().len()).collect();
    println!("{:?}", lens);
    let first: &String = shapes[0].as_ref();
    println!("{}", first);
}
// expect: 6
// expect: [2, 1]
// expect: ab
