// `"1".parse::<i32>() == "x".parse::<i32>()` printed `true`: comparing Results ignored their payloads.
fn main() {
    println!("{}", "1".parse::<i32>() == "x".parse::<i32>());
    println!("{}", "1".parse::<i32>() == "2".parse::<i32>());
    println!("{}", "7".parse::<i32>() == "7".parse::<i32>());
    println!("{}", "x".parse::<i32>() == "y".parse::<i32>());
    println!("{}", "".parse::<i32>() == "y".parse::<i32>());
    println!("{}", "300".parse::<u8>() != "-1".parse::<u8>());
    println!("{}", "2.5".parse::<f64>() == "2.50".parse::<f64>());
    println!("{}", "2.5".parse::<f64>() != "nope".parse::<f64>());
}
// expect: false
// expect: false
// expect: true
// expect: true
// expect: false
// expect: true
// expect: true
// expect: true
