// Lines processed three at a time with chunks(3); a common letter found by filtering the first line's chars.
fn main() {
    let lines: Vec<&str> = "vJrwpWtwJgWrhcsFMMfFFhFp jqHRNqRjqzjGDLGLrsFMfFZSrLrFZsSL PmmdzqPrVvPwwTWBwg wMqvLMZHhHMvwLHjbvcjnnSBnvTQFn ttgJtRGJQctTZtZT CrZsJsPPZsGzwwsLwLmpwMDw"
        .split(' ')
        .collect();
    for group in lines.chunks(3) {
        let badge = group[0].chars().find(|&c| group[1].contains(c) && group[2].contains(c)).unwrap();
        println!("{badge}");
    }
    let odd_positions: Vec<usize> = (1..lines.len()).step_by(2).collect();
    println!("{:?}", odd_positions);
}
// expect: r
// expect: Z
// expect: [1, 3, 5]
