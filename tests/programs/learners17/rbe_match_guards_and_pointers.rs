// Rust-by-Example-style: match guards on an enum, destructuring references with `&val`, `*reference`, `ref` and `ref mut`.
enum Temperature {
    Celsius(i32),
    Fahrenheit(i32),
}

fn main() {
    for temperature in [Temperature::Celsius(35), Temperature::Fahrenheit(50), Temperature::Celsius(-5)] {
        match temperature {
            Temperature::Celsius(t) if t > 30 => println!("{}C is above 30 Celsius", t),
            Temperature::Celsius(t) => println!("{}C is below 30 Celsius", t),
            Temperature::Fahrenheit(t) if t > 86 => println!("{}F is above 86 Fahrenheit", t),
            Temperature::Fahrenheit(t) => println!("{}F is below 86 Fahrenheit", t),
        }
    }

    let reference = &4;
    match reference {
        &val => println!("Got a value via destructuring: {:?}", val),
    }
    match *reference {
        val => println!("Got a value via dereferencing: {:?}", val),
    }
    let ref _is_a_reference = 3;
    let value = 5;
    let mut mut_value = 6;
    match value {
        ref r => println!("Got a reference to a value: {:?}", r),
    }
    match mut_value {
        ref mut m => {
            *m += 10;
            println!("We added 10. `mut_value`: {:?}", m);
        }
    }
    println!("{}", mut_value);

    struct Foo {
        x: (u32, u32),
        y: u32,
    }
    let foo = Foo { x: (1, 2), y: 3 };
    match foo {
        Foo { x: (1, b), y } => println!("First of x is 1, b = {},  y = {} ", b, y),
        Foo { y: 2, x: i } => println!("y is 2, i = {:?}", i),
        Foo { y, .. } => println!("y = {}, we don't care about x", y),
    }
    let Foo { x: (a, _), y: c } = foo;
    println!("{} {}", a, c);
}
// expect: 35C is above 30 Celsius
// expect: 50F is below 86 Fahrenheit
// expect: -5C is below 30 Celsius
// expect: Got a value via destructuring: 4
// expect: Got a value via dereferencing: 4
// expect: Got a reference to a value: 5
// expect: We added 10. `mut_value`: 16
// expect: 16
// expect: First of x is 1, b = 2,  y = 3 
// expect: 1 3
