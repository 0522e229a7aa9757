// A Vec<Box<dyn Fn(i32) -> i32>> pipeline applied in order, one closure capturing a moved String.
fn main() {
    let label = String::from("step");
    let steps: Vec<Box<dyn Fn(i32) -> i32>> = vec![
        Box::new(|x| x + 1),
        Box::new(|x| x * 10),
        Box::new(move |x| {
            println!("{} {}", label, x);
            x - 3
        }),
    ];
    let mut v = 4;
    for f in &steps {
        v = f(v);
    }
    println!("{}", v);
}
// expect: step 50
// expect: 47
