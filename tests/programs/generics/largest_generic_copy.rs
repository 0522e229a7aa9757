// largest<T: PartialOrd + Copy> over a slice of i32 and of char, and a reference-returning largest_ref over Strings.
fn largest<T: PartialOrd + Copy>(list: &[T]) -> T {
    let mut largest = list[0];
    for &item in list {
        if item > largest {
            largest = item;
        }
    }
    largest
}

fn largest_ref<T: PartialOrd>(list: &[T]) -> &T {
    let mut largest = &list[0];
    for item in list {
        if item > largest {
            largest = item;
        }
    }
    largest
}

fn main() {
    let number_list = vec![34, 50, 25, 100, 65];
    println!("The largest number is {}", largest(&number_list));
    let char_list = vec!['y', 'm', 'a', 'q'];
    println!("The largest char is {}", largest(&char_list));
    let words = vec![String::from("pear"), String::from("zebra"), String::from("apple")];
    println!("The largest word is {}", largest_ref(&words));
    let floats = [1.5, -2.0, 9.25];
    println!("{}", largest(&floats));
}
// expect: The largest number is 100
// expect: The largest char is y
// expect: The largest word is zebra
// expect: 9.25
