// A pipeline of named steps as Vec<(&str, Box<dyn Fn(i32) -> i32>)>, one made by a function returning impl Fn, and an FnMut counter closure.
fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
    move |x| x + n
}

fn main() {
    let steps: Vec<(&str, Box<dyn Fn(i32) -> i32>)> = vec![
        ("double", Box::new(|x| x * 2)),
        ("add3", Box::new(make_adder(3))),
        ("square", Box::new(|x: i32| x.pow(2))),
    ];
    let mut v = 5;
    for (name, f) in &steps {
        v = f(v);
        println!("{} -> {}", name, v);
    }
    let total: i32 = steps.iter().map(|(_, f)| f(1)).sum();
    println!("{}", total);
    let mut counter = 0;
    let mut bump = |by: i32| {
        counter += by;
        counter
    };
    bump(2);
    bump(5);
    println!("{}", counter);
}
// expect: double -> 10
// expect: add3 -> 13
// expect: square -> 169
// expect: 7
// expect: 7
