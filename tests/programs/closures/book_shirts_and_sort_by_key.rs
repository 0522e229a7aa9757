// The Rust book's closures: unwrap_or_else with a method call, sort_by_key counting its calls in an FnMut, a closure borrowing a Vec mutably.
#[derive(Debug, PartialEq, Copy, Clone)]
enum ShirtColor {
    Red,
    Blue,
}

struct Inventory {
    shirts: Vec<ShirtColor>,
}

impl Inventory {
    fn giveaway(&self, user_preference: Option<ShirtColor>) -> ShirtColor {
        user_preference.unwrap_or_else(|| self.most_stocked())
    }

    fn most_stocked(&self) -> ShirtColor {
        let mut num_red = 0;
        let mut num_blue = 0;
        for color in &self.shirts {
            match color {
                ShirtColor::Red => num_red += 1,
                ShirtColor::Blue => num_blue += 1,
            }
        }
        if num_red > num_blue { ShirtColor::Red } else { ShirtColor::Blue }
    }
}

#[derive(Debug)]
struct Rectangle {
    width: u32,
    height: u32,
}

fn main() {
    let store = Inventory { shirts: vec![ShirtColor::Blue, ShirtColor::Red, ShirtColor::Blue] };
    let user_pref1 = Some(ShirtColor::Red);
    let giveaway1 = store.giveaway(user_pref1);
    println!("The user with preference {:?} gets {:?}", user_pref1, giveaway1);
    let user_pref2 = None;
    let giveaway2 = store.giveaway(user_pref2);
    println!("The user with preference {:?} gets {:?}", user_pref2, giveaway2);

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

    let mut list = vec![1, 2, 3];
    println!("Before defining closure: {list:?}");
    let mut borrows_mutably = || list.push(7);
    borrows_mutably();
    println!("After calling closure: {list:?}");
    let evens: Vec<i32> = list.iter().copied().filter(|x| x % 2 == 0).collect();
    println!("{:?}", evens);
}
// expect: The user with preference Some(Red) gets Red
// expect: The user with preference None gets Blue
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
// expect: Before defining closure: [1, 2, 3]
// expect: After calling closure: [1, 2, 3, 7]
// expect: [2]
