// Rustlings-style: the clippy exercises' fixes: mem::swap of two values, Option::take, and an explicit f64 tolerance compare.
fn main() {
    let mut value_a = 45;
    let mut value_b = 66;
    std::mem::swap(&mut value_a, &mut value_b);
    println!("value a: {}; value b: {}", value_a, value_b);
    let mut my_option: Option<String> = Some(String::from("taken"));
    let got = my_option.take();
    println!("{:?} {:?}", got, my_option);
    let x = 1.2331f64;
    let y = 1.2332f64;
    if (y - x).abs() > f64::EPSILON {
        println!("Success!");
    }
    let my_arr = &[-1, -2, -3, -4, -5, -6];
    println!("My array! Here it is: {:?}", my_arr);
    let mut v = vec![1, 2, 3];
    v.clear();
    println!("This Vec is empty, see? {:?}", v);
}
// expect: value a: 66; value b: 45
// expect: Some("taken") None
// expect: Success!
// expect: My array! Here it is: [-1, -2, -3, -4, -5, -6]
// expect: This Vec is empty, see? []
