// A function takes typed parameters and can be called with different arguments.
fn print_labeled_measurement(value: i32, unit_label: char) {
    println!("The measurement is: {value}{unit_label}");
}

fn main() {
    print_labeled_measurement(5, 'h');
    print_labeled_measurement(-12, 'm');
}
// expect: The measurement is: 5h
// expect: The measurement is: -12m
