// A generic largest<T: PartialOrd + Copy> over slices of i32, char and f64, printing each step.
fn largest<T: PartialOrd + Copy + std::fmt::Debug>(list: &[T]) -> T {
    let mut largest = list[0];
    for &item in list {
        if item > largest {
            println!("  new largest: {:?} (was {:?})", item, largest);
            largest = item;
        }
    }
    largest
}

fn main() {
    let numbers = vec![34, 50, 25, 100, 65];
    let result = largest(&numbers);
    println!("The largest number is {}", result);

    let chars = vec!['y', 'm', 'a', 'q'];
    let result = largest(&chars);
    println!("The largest char is {}", result);

    let floats = [1.5, -2.0, 3.25, 3.0];
    println!("The largest float is {}", largest(&floats));
}
// expect:   new largest: 50 (was 34)
// expect:   new largest: 100 (was 50)
// expect: The largest number is 100
// expect: The largest char is y
// expect:   new largest: 3.25 (was 1.5)
// expect: The largest float is 3.25
