// Associated constants of an inherent impl, named through the type and through Self, in another constant's value, an array length's value, a match pattern and a method.
struct Player { health: u32 }
impl Player {
    const MAX_HEALTH: u32 = 100;
    pub const START: Player = Player { health: Self::MAX_HEALTH / 2 };
    fn heal(&mut self, by: u32) { self.health = (self.health + by).min(Self::MAX_HEALTH); }
}
fn main() {
    let mut p = Player::START;
    p.heal(70);
    println!("{} {}", p.health, Player::MAX_HEALTH);
    match p.health { Player::MAX_HEALTH => println!("full"), h => println!("{}", h) }
    let limits = [Player::MAX_HEALTH; 2];
    println!("{:?}", limits);
}
// expect: 100 100
// expect: full
// expect: [100, 100]
