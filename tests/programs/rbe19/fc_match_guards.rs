// Match guards: arms chosen by a condition on the bound values; unreachable!() as the fallback.
#[allow(dead_code)]
enum Temperature {
    Celsius(i32),
    Fahrenheit(i32),
}

fn main() {
    for temperature in [Temperature::Celsius(35), Temperature::Fahrenheit(80), Temperature::Celsius(10)] {
        match temperature {
            Temperature::Celsius(t) if t > 30 => println!("{}C is above 30 Celsius", t),
            Temperature::Celsius(t) => println!("{}C is below 30 Celsius", t),
            Temperature::Fahrenheit(t) if t > 86 => println!("{}F is above 86 Fahrenheit", t),
            Temperature::Fahrenheit(t) => println!("{}F is below 86 Fahrenheit", t),
        }
    }
    let number: u8 = 4;
    match number {
        i if i == 0 => println!("Zero"),
        i if i > 0 => println!("Greater than zero"),
        _ => unreachable!("Should never happen."),
    }
}
// expect: 35C is above 30 Celsius
// expect: 80F is below 86 Fahrenheit
// expect: 10C is below 30 Celsius
// expect: Greater than zero
