// Rust-by-Example-style: `impl From<i32> for Number`, then `Number::from(30)` and `let num: Number = int.into()`.
#[derive(Debug)]
struct Number {
    value: i32,
}

impl From<i32> for Number {
    fn from(item: i32) -> Self {
        Number { value: item }
    }
}

struct Celsius(f64);
struct Fahrenheit(f64);

impl From<Celsius> for Fahrenheit {
    fn from(c: Celsius) -> Self {
        Fahrenheit(c.0 * 9.0 / 5.0 + 32.0)
    }
}

fn main() {
    let num = Number::from(30);
    println!("My number is {:?}", num);
    let int = 5;
    let num: Number = int.into();
    println!("My number is {:?}", num);
    let f: Fahrenheit = Celsius(100.0).into();
    println!("{}", f.0);
    let my_str = "hello";
    let my_string = String::from(my_str);
    let other: String = my_str.into();
    println!("{} {}", my_string, other == my_string);
}
// expect: My number is Number { value: 30 }
// expect: My number is Number { value: 5 }
// expect: 212
// expect: hello true
