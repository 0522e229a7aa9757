// The book's sort_by_key with an FnMut closure counting its calls, then the array pretty-printed with {:#?}.
#[derive(Debug)]
struct Rectangle {
    width: u32,
    height: u32,
}

fn main() {
    let mut list = [
        Rectangle { width: 10, height: 1 },
        Rectangle { width: 3, height: 5 },
        Rectangle { width: 7, height: 12 },
    ];
    let mut num_sort_operations = 0;
    list.sort_by_key(|r| {
        num_sort_operations += 1;
        r.width
    });
    println!("{:#?}, sorted in {num_sort_operations} operations", list);
}
// expect: [
// expect:     Rectangle {
// expect:         width: 3,
// expect:         height: 5,
// expect:     },
// expect:     Rectangle {
// expect:         width: 7,
// expect:         height: 12,
// expect:     },
// expect:     Rectangle {
// expect:         width: 10,
// expect:         height: 1,
// expect:     },
// expect: ], sorted in 6 operations
